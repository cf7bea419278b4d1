import { randomBytes } from 'node:crypto';
import {
  CanActivate,
  Global,
  Module,
  UnauthorizedException,
  ForbiddenException,
  ValidationPipe,
  type DynamicModule,
  type ExecutionContext,
  type INestApplication,
  Injectable,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { ROLES_KEY } from '../../../src/auth/auth.decorators';
import { createDataSource } from '../../../src/database/data-source';
import { ProblemDetailsFilter } from '../../../src/http/problem-details.filter';
import { MergerReservations, OrgRegistryModule, OrgRegistryQueries } from '../../../src/org-registry';
import { Clock } from '../../../src/shared/clock';
import type { Actor, Role } from '../../../src/shared/domain/actor';
import { foldForSearch } from '../../../src/shared/domain/text';
import { TEST_DATABASE_URL } from '../../support/test-env';

/** 2018-03-01 09:00 in Vietnam: inside the 2018 program, before the 2023 Điều 3a rows. */
export const FIXED_NOW = new Date('2018-03-01T02:00:00.000Z');

export class FixedClock extends Clock {
  now(): Date {
    return FIXED_NOW;
  }
}

export const GSO_SOURCE =
  'GSO danhmuchanhchinh via github.com/daohoangson/dvhcvn-historical-data@be8ec52 (snapshot 2018-07-11)';
export const FIXTURE_SOURCE = 'test fixture: made-up unit and figures';

export const anActor = (roles: Role[], id = `user-${randomBytes(3).toString('hex')}`): Actor => ({
  id,
  name: `Cán bộ thử nghiệm ${id}`,
  roles,
  bodies: [],
});

export interface RegistryFixture {
  dataSource: DataSource;
  clock: Clock;
  queries: OrgRegistryQueries;
  reservations: MergerReservations;
  close(): Promise<void>;
}

export const registryFixture = async (poolSize = 6): Promise<RegistryFixture> => {
  const dataSource = createDataSource(TEST_DATABASE_URL, poolSize);
  await dataSource.initialize();
  const clock = new FixedClock();
  return {
    dataSource,
    clock,
    queries: new OrgRegistryQueries(dataSource, clock),
    reservations: new MergerReservations(),
    close: () => dataSource.destroy(),
  };
};

const fixtureCode = (prefix: string) => `${prefix}${randomBytes(5).toString('hex')}`;

/**
 * A made-up hamlet (ấp) under a real commune, so tests that reserve or change figures never touch a
 * seeded unit another test (or engineer) may be using. Figures are clearly fixtures.
 */
export const aFixtureHamlet = async (ds: DataSource, parent = '31054'): Promise<string> => {
  const code = fixtureCode('T');
  const name = `Ấp Thử Nghiệm ${code}`;
  await ds.query(
    `INSERT INTO administrative_units (code, name, name_folded, unit_type, level, parent_code, source)
     VALUES ($1, $2, $3, 'Ấp', 'hamlet', $4, $5)`,
    [code, name, foldForSearch(name), parent, FIXTURE_SOURCE],
  );
  return code;
};

export const aFixtureAgency = async (ds: DataSource): Promise<string> => {
  const code = fixtureCode('T-');
  await ds.query(`INSERT INTO agencies (code, name_vi, name_en, kind) VALUES ($1, $2, $3, 'department')`, [
    code,
    `Sở Thử Nghiệm ${code}`,
    `Test Department ${code}`,
  ]);
  return code;
};

export const aFixtureBody = async (ds: DataSource): Promise<string> => {
  const code = fixtureCode('T-');
  await ds.query(
    `INSERT INTO bodies (code, name_vi, name_en, kind, member_count) VALUES ($1, $2, $3, 'other', 7)`,
    [code, `Ban Thử Nghiệm ${code}`, `Test Body ${code}`],
  );
  return code;
};

/**
 * TEST HARNESS ONLY, not the real authentication: the caller is whatever JSON the `x-test-actor` header
 * holds (base64), and @Roles is checked against it. The lead engineer's e2e tests cover the real JWT guard.
 */
@Injectable()
class HeaderActorGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string>; actor?: Actor }>();
    const header = req.headers['x-test-actor'];
    if (!header) throw new UnauthorizedException();
    req.actor = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as Actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.some((role) => req.actor!.roles.includes(role))) throw new ForbiddenException();
    return true;
  }
}

@Global()
@Module({})
class TestInfrastructureModule {
  static with(dataSource: DataSource, clock: Clock): DynamicModule {
    return {
      module: TestInfrastructureModule,
      providers: [
        { provide: DataSourceToken, useValue: dataSource },
        { provide: Clock, useValue: clock },
      ],
      exports: [DataSourceToken, Clock],
    };
  }
}

/** The registry's controllers on the real test database, behind the header-actor harness guard. */
export const registryHttpApp = async (f: RegistryFixture): Promise<INestApplication> => {
  const moduleRef = await Test.createTestingModule({
    imports: [TestInfrastructureModule.with(f.dataSource, f.clock), CqrsModule.forRoot(), OrgRegistryModule],
    providers: [
      { provide: APP_GUARD, useClass: HeaderActorGuard },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  // What the lead engineer applies globally.
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.init();
  return app;
};

/** Base64, since a header carries no Vietnamese letters. */
export const actorHeader = (actor: Actor) => ({
  'x-test-actor': Buffer.from(JSON.stringify(actor), 'utf8').toString('base64'),
});
