import type { ScenarioContext } from '../context';

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}
