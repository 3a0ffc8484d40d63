import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  Category,
  JourneyStep,
  readDevzeroSharedSettings,
} from '@internal/plugin-devzero-common';
import { useCallback, useMemo, useState } from 'react';
import { NewFindingInput } from '../../api/DevzeroApi';
import { FormErrors, validate } from './validate';

/** What a dialog may start with: the entity, a quote, the page. */
export interface ReportFrictionInitial {
  entityRef?: string;
  title?: string;
  scenario?: string;
  actual?: string;
  links?: string[];
  journeyStep?: JourneyStep;
  category?: Category;
}

/** The portal's settings for filing: anonymity and the size of images. */
export function useFilingSettings() {
  const configApi = useApi(configApiRef);
  return useMemo(() => {
    // fitsys.devzero.*, or the older devzero.* keys of portals not yet moved.
    const settings = readDevzeroSharedSettings(configApi);
    return {
      anonymousFiling: settings.anonymousFiling,
      maxImageBytes: settings.maxAttachmentBytes,
    };
  }, [configApi]);
}

function blankOf(initial?: ReportFrictionInitial): NewFindingInput {
  return {
    entityRef: initial?.entityRef ?? '',
    title: initial?.title ?? '',
    scenario: initial?.scenario ?? '',
    journeyStep: initial?.journeyStep ?? 'first-use',
    category: initial?.category ?? 'documentation',
    severity: 'slowed-me-down',
    minutesLost: 15,
    steps: '',
    expected: '',
    actual: initial?.actual ?? '',
    mayContact: true,
    links: initial?.links ?? [],
    externalUrl: '',
  };
}

/**
 * The filing form: its fields, the links as typed, the screenshots and what
 * is wrong with them. It starts from `initial` once; a dialog that opens
 * again mounts a fresh one.
 */
export function useFrictionForm(
  initial: ReportFrictionInitial | undefined,
  maxImageBytes: number,
) {
  const [form, setForm] = useState(() => blankOf(initial));
  const [linksText, setLinksText] = useState(() =>
    (initial?.links ?? []).join('\n'),
  );
  const [images, setImages] = useState<File[]>([]);
  const [errors, setErrors] = useState<FormErrors>({});

  const set = useCallback(
    <K extends keyof NewFindingInput>(field: K, value: NewFindingInput[K]) =>
      setForm(f => ({ ...f, [field]: value })),
    [],
  );

  // Changes whenever what would be filed changes (the images are sent apart).
  const draft = useMemo(() => ({ form, linksText }), [form, linksText]);

  /** The finding to send, or nothing, with the errors shown, if it is not ready. */
  const check = (): NewFindingInput | undefined => {
    const links = linksText
      .split(/\s+/)
      .map(l => l.trim())
      .filter(Boolean);
    const input: NewFindingInput = {
      ...form,
      title: form.title.trim(),
      scenario: form.scenario.trim(),
      links,
    };
    const problems = validate(input, images, maxImageBytes);
    setErrors(problems);
    if (Object.keys(problems).length) return undefined;
    return {
      ...input,
      steps: input.steps?.trim() || undefined,
      expected: input.expected?.trim() || undefined,
      actual: input.actual?.trim() || undefined,
      externalUrl: input.externalUrl?.trim() || undefined,
      hideReporter: input.hideReporter || undefined,
    };
  };

  return {
    form,
    set,
    linksText,
    setLinksText,
    images,
    setImages,
    errors,
    draft,
    check,
  };
}

/** The filing form's state, as the fields show and change it. */
export type FrictionForm = ReturnType<typeof useFrictionForm>;
