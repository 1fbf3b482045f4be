import { Doc } from '../doc/document.ts';
import type { LayerName } from '../doc/layers.ts';
import { ParleyError } from '../errors/catalogue.ts';
import type { StageRegistry } from './registry.ts';
import type { Stage, StageContext } from './stage.ts';

/**
 * configure → freeze → run, as unified does: `use` adds stages while the pipeline is open; `freeze` checks
 * every stage's requirements against what the stages before it produce and fails early with the name of the
 * missing layer, then lets each stage prepare its models and indexes; a frozen pipeline only runs.
 */
export class Pipeline {
  private readonly stages: Stage[] = [];
  private frozen = false;

  constructor(
    private readonly registry: StageRegistry,
    private readonly context: StageContext,
  ) {}

  use(name: string): this {
    if (this.frozen) throw new ParleyError('PIPELINE_FROZEN', `cannot add "${name}"`);
    this.stages.push(this.registry.get(name));
    return this;
  }

  freeze(): this {
    if (this.frozen) return this;
    const available = new Set<LayerName>();
    for (const stage of this.stages) {
      for (const layer of stage.requires) {
        if (!available.has(layer)) {
          throw new ParleyError('STAGE_MISSING_REQUIREMENT', `stage "${stage.name}" requires layer "${layer}", which no earlier stage produces`, {
            stage: stage.name,
            layer,
          });
        }
      }
      for (const layer of stage.produces) available.add(layer);
    }
    for (const stage of this.stages) stage.prepare?.(this.context);
    this.frozen = true;
    return this;
  }

  get stageNames(): string[] {
    return this.stages.map((s) => s.name);
  }

  run(input: Doc): Doc {
    this.freeze();
    let doc = input;
    for (const stage of this.stages) {
      const output = stage.run(doc, this.context);
      for (const layer of stage.produces) {
        const value = output.layers[layer];
        if (value === undefined) throw new ParleyError('STAGE_OUTPUT_INVALID', `stage "${stage.name}" did not produce "${layer}"`);
        doc = doc.with(layer, value as never, { stage: stage.name, version: stage.version });
      }
      if (output.diagnostics?.length) doc = doc.withDiagnostics(output.diagnostics.map((d) => ({ ...d, stage: stage.name })));
    }
    return doc;
  }
}
