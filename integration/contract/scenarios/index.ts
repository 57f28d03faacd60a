import { adminScenarios } from './admin';
import { attachScenarios } from './attach';
import { backupScenarios } from './backups';
import { identityScenarios } from './identity';
import { projectScenarios } from './project';
import { typeScenarios } from './types-qos';
import type { Scenario } from './types';
import { volumeScenarios } from './volumes';
import { searchScenarios } from './search';
import { transferScenarios } from './transfers';

/** Every contract scenario, in the order they run. */
export const scenarios: Scenario[] = [...identityScenarios, ...volumeScenarios, ...typeScenarios, ...projectScenarios, ...backupScenarios, ...attachScenarios, ...adminScenarios, ...transferScenarios, ...searchScenarios];
export type { Scenario };
