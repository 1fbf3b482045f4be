import { ParleyError } from '../errors/catalogue.ts';
import type { Stage } from './stage.ts';

/** Stages by name. The default registry holds the built-in stages (src/stages/index.ts); plug-ins add theirs. */
export class StageRegistry {
  private readonly stages = new Map<string, Stage>();

  register(stage: Stage): this {
    if (this.stages.has(stage.name)) throw new ParleyError('STAGE_DUPLICATE', stage.name);
    this.stages.set(stage.name, stage);
    return this;
  }

  get(name: string): Stage {
    const stage = this.stages.get(name);
    if (!stage) throw new ParleyError('STAGE_UNKNOWN', `"${name}" (known: ${this.names().join(', ')})`);
    return stage;
  }

  names(): string[] {
    return [...this.stages.keys()];
  }
}
