import { Injectable } from '@nestjs/common';
import type { Tx } from '../../event-store/event-store.types';
import { OrgRegistryQueries } from '../../org-registry';
import type { UnitFacts, UnitLevel } from '../domain/proposal.types';
import { UnitFactsLookup } from './unit-facts.port';

/** Unit facts from the org registry, read on the command's connection (in its transaction if it has one). */
@Injectable()
export class RegistryUnitFacts extends UnitFactsLookup {
  constructor(private readonly registry: OrgRegistryQueries) {
    super();
  }

  async findUnitFacts(codes: string[], tx?: Tx): Promise<UnitFacts[]> {
    const units = await this.registry.findUnits(codes, { manager: tx });
    return units.map((u) => ({
      code: u.code,
      name: u.name,
      level: u.level as UnitLevel,
      unitType: u.unitType,
      population: u.population,
      areaKm2: u.areaKm2,
      standard: u.standard
        ? { minPopulation: u.standard.minPopulation, minAreaKm2: u.standard.minAreaKm2 }
        : null,
    }));
  }
}
