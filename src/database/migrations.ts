import { EventStore1764400000000 } from './migrations/1764400000000-event-store';
import { ProposalReadModels1764400002000 } from './migrations/1764400002000-proposal-read-models';
import { OrgRegistry1764400001000 } from './migrations/1764400001000-org-registry';
import { Notifications1764400003000 } from './migrations/1764400003000-notifications';
import { AuditCheckpoints1764400004000 } from './migrations/1764400004000-audit-checkpoints';
import { AuditorRole1764400005000 } from './migrations/1764400005000-auditor-role';
import { ProgramGuidance1764400006000 } from './migrations/1764400006000-program-guidance';
import { InboxIndexes1764400007000 } from './migrations/1764400007000-inbox-indexes';
import { DeliveryIdFunction1764400008000 } from './migrations/1764400008000-delivery-id-function';
import { StateCompression1764400009000 } from './migrations/1764400009000-state-compression';
import { InboxOrder1764400010000 } from './migrations/1764400010000-inbox-order';

/** Every migration, in order. Listed by hand so the build and the tests run the same set. */
export const migrations = [
  EventStore1764400000000,
  OrgRegistry1764400001000,
  ProposalReadModels1764400002000,
  Notifications1764400003000,
  AuditCheckpoints1764400004000,
  AuditorRole1764400005000,
  ProgramGuidance1764400006000,
  InboxIndexes1764400007000,
  DeliveryIdFunction1764400008000,
  StateCompression1764400009000,
  InboxOrder1764400010000,
];
