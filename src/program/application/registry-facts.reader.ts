import { Injectable } from '@nestjs/common';
import {
  OrgRegistryQueries,
  type AdministrativeLevel,
  type AdministrativeUnitView,
  type UnitQueryOptions,
} from '../../org-registry';
import type { CommuneFacts } from '../domain/eligibility';
import type { AgencyFacts, PlaceFacts } from '../domain/progress.types';

export interface RegistryFacts {
  places: PlaceFacts[];
  communes: CommuneFacts[];
  agencies: AgencyFacts[];
}

/** The registry's units and agencies, read through its public queries (never its tables). */
@Injectable()
export class RegistryFactsReader {
  constructor(private readonly registry: OrgRegistryQueries) {}

  async read(options: UnitQueryOptions = {}): Promise<RegistryFacts> {
    const [districts, communeUnits, hamlets, agencies] = await Promise.all([
      this.allUnits('district', options),
      this.allUnits('commune', options),
      this.allUnits('hamlet', options),
      this.registry.listAgencies(),
    ]);
    const districtOfCommune = new Map(communeUnits.map((unit) => [unit.code, unit.parentCode]));
    const place = (unit: AdministrativeUnitView, districtCode: string | null): PlaceFacts => ({
      code: unit.code,
      name: unit.name,
      level: unit.level as PlaceFacts['level'],
      districtCode,
    });
    return {
      places: [
        ...districts.map((unit) => place(unit, unit.code)),
        ...communeUnits.map((unit) => place(unit, unit.parentCode)),
        ...hamlets.map((unit) => place(unit, districtOfCommune.get(unit.parentCode ?? '') ?? null)),
      ],
      communes: communeUnits.map((unit) => ({
        code: unit.code,
        name: unit.name,
        unitType: unit.unitType,
        districtCode: unit.parentCode,
        population: unit.population,
        areaKm2: unit.areaKm2,
        standard: unit.standard
          ? { minPopulation: unit.standard.minPopulation, minAreaKm2: unit.standard.minAreaKm2 }
          : null,
      })),
      agencies: agencies.map((agency) => ({
        code: agency.code,
        name: agency.nameVi,
        districtCode: agency.districtCode,
        staffingBaseline2015: agency.staffingBaseline2015,
      })),
    };
  }

  private async allUnits(level: AdministrativeLevel, options: UnitQueryOptions) {
    const units: AdministrativeUnitView[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.registry.listUnits({ level, limit: 200, cursor }, options);
      units.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return units;
  }
}
