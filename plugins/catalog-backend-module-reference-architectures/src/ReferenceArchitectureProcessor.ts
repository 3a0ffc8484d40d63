import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  ADOPTER_KINDS,
  formatProblems,
  isReferenceArchitectureEntity,
  REFERENCE_ARCHITECTURE_ANNOTATION,
  REFERENCE_ARCHITECTURE_VERSION_ANNOTATION,
  ReferenceArchitectureEntity,
  RELATION_FOLLOWED_BY,
  RELATION_FOLLOWS,
  RELATION_STARTED_BY_TEMPLATE,
  RELATION_STARTS_ARCHITECTURE,
  validateReferenceArchitecture,
} from '@internal/plugin-reference-architectures-common';
import { valid as validSemver } from 'semver';

const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;

/**
 * The problem of an adopter's annotations, or undefined. Their form only:
 * whether the architecture and version exist is for the backend, which sees
 * the whole catalog and reports it on the adopter's card.
 */
export function adoptionAnnotationProblem(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const name = annotations[REFERENCE_ARCHITECTURE_ANNOTATION];
  const version = annotations[REFERENCE_ARCHITECTURE_VERSION_ANNOTATION];
  if (name === undefined) {
    return version === undefined
      ? undefined
      : `metadata.annotations["${REFERENCE_ARCHITECTURE_VERSION_ANNOTATION}"] is set without metadata.annotations["${REFERENCE_ARCHITECTURE_ANNOTATION}"]; name the reference architecture it is a version of`;
  }
  if (!NAME.test(name) || name.length > 63) {
    return `metadata.annotations["${REFERENCE_ARCHITECTURE_ANNOTATION}"] must name a reference architecture (letters, digits, "-", "_", "."), not "${name.slice(
      0,
      80,
    )}"`;
  }
  if (version === undefined) {
    return `metadata.annotations["${REFERENCE_ARCHITECTURE_VERSION_ANNOTATION}"] is required beside "${REFERENCE_ARCHITECTURE_ANNOTATION}": the version followed, e.g. 2.1.0`;
  }
  if (validSemver(version) !== version) {
    return `metadata.annotations["${REFERENCE_ARCHITECTURE_VERSION_ANNOTATION}"] must be a semantic version such as 2.1.0, not "${version.slice(
      0,
      80,
    )}"`;
  }
  return undefined;
}

/**
 * Validates `ReferenceArchitecture` entities, reporting every problem on the
 * entity with the field at fault, and records the relations: owner,
 * template, and the adopters that name the architecture in their annotation.
 */
export class ReferenceArchitectureProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'ReferenceArchitectureProcessor';
  }

  /** Ahead of the model's schema check (20), so that its messages are the ones shown. */
  getPriority(): number {
    return 10;
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isReferenceArchitectureEntity(entity)) return false;
    const problems = validateReferenceArchitecture(entity);
    if (problems.length > 0) {
      throw new TypeError(
        `ReferenceArchitecture "${
          entity.metadata.name
        }" is not valid:\n${formatProblems(problems)}`,
      );
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (isReferenceArchitectureEntity(entity)) {
      this.processArchitecture(entity, emit);
    } else if (ADOPTER_KINDS.includes(entity.kind)) {
      this.processAdopter(entity, location, emit);
    }
    return entity;
  }

  private processArchitecture(
    architecture: ReferenceArchitectureEntity,
    emit: CatalogProcessorEmit,
  ) {
    const self = getCompoundEntityRef(architecture);
    const pair = (
      forward: string,
      target: CompoundEntityRef,
      reverse: string,
    ) => {
      emit(processingResult.relation({ source: self, type: forward, target }));
      emit(
        processingResult.relation({
          source: target,
          type: reverse,
          target: self,
        }),
      );
    };
    const ref = (value: string, defaultKind: string) =>
      parseEntityRef(value, { defaultKind, defaultNamespace: self.namespace });
    pair(
      RELATION_OWNED_BY,
      ref(architecture.spec.owner, 'group'),
      RELATION_OWNER_OF,
    );
    if (architecture.spec.template) {
      pair(
        RELATION_STARTED_BY_TEMPLATE,
        ref(architecture.spec.template, 'template'),
        RELATION_STARTS_ARCHITECTURE,
      );
    }
  }

  private processAdopter(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ) {
    const problem = adoptionAnnotationProblem(entity);
    if (problem) {
      emit(
        processingResult.inputError(
          location,
          `${entity.kind} "${entity.metadata.name}": ${problem}`,
        ),
      );
      return;
    }
    const name =
      entity.metadata.annotations?.[REFERENCE_ARCHITECTURE_ANNOTATION];
    if (name === undefined) return;
    const self = getCompoundEntityRef(entity);
    const architecture = {
      kind: 'ReferenceArchitecture',
      namespace: self.namespace,
      name: name.toLocaleLowerCase('en-US'),
    };
    emit(
      processingResult.relation({
        source: self,
        type: RELATION_FOLLOWS,
        target: architecture,
      }),
    );
    emit(
      processingResult.relation({
        source: architecture,
        type: RELATION_FOLLOWED_BY,
        target: self,
      }),
    );
  }
}
