import { DESIGN_LIMITS, type GroupKind, type Sequence, type SequencePatch } from '@cercle/core';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import {
  formatLines,
  formatOutputs,
  formatRoles,
  GROUP_KINDS,
  groupFormFor,
  parseLines,
  parseMinutes,
  parseOutputs,
  parseRoles,
} from './builder-model.ts';

const L = DESIGN_LIMITS;

/**
 * Edits one sequence. Every valid change is applied at once (times are recomputed while the
 * duration is typed); a value the model refuses stays in the field with its error.
 * Keyed by the sequence id by the caller, so its drafts start from the sequence.
 */
export const SequenceEditor = forwardRef<
  HTMLHeadingElement,
  {
    sequence: Sequence;
    readOnly: boolean;
    issues: Record<string, string> | undefined;
    onChange: (patch: SequencePatch) => void;
    onClose: () => void;
  }
>(function SequenceEditor({ sequence, readOnly, issues = {}, onChange, onClose }, headingRef) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(sequence.title);
  const [minutes, setMinutes] = useState(String(sequence.durationMinutes));
  const [size, setSize] = useState('size' in sequence.group ? String(sequence.group.size) : '');
  const [questions, setQuestions] = useState(formatLines(sequence.questions));
  const [roles, setRoles] = useState(formatRoles(sequence.roles));
  const [materials, setMaterials] = useState(formatLines(sequence.materials));
  const [outputs, setOutputs] = useState(formatOutputs(sequence.outputs));

  const titleError = !title.trim()
    ? t('form.required')
    : title.trim().length > L.titleMax
      ? t('form.tooLong', { max: L.titleMax })
      : (issues.title ?? null);
  const minutesOk = parseMinutes(minutes, L.sequenceMinutesMin, L.sequenceMinutesMax) !== null;
  const minutesError = minutesOk
    ? (issues.durationMinutes ?? null)
    : t('form.outOfRange', { min: L.sequenceMinutesMin, max: L.sequenceMinutesMax });
  const sizeOk = parseMinutes(size, L.groupSizeMin, L.groupSizeMax) !== null;
  const hasSize = sequence.group.kind === 'groups' || sequence.group.kind === 'tables';

  return (
    <div className="editor stack" data-testid="sequence-editor">
      <div className="editor-head">
        <h2 id="sequence-editor-title" ref={headingRef} tabIndex={-1}>
          {t('builder.editorTitle')}
          <span className="editor-subtitle">{sequence.title}</span>
        </h2>
        <button type="button" className="secondary small" onClick={onClose}>
          {t('builder.closeEditor')}
        </button>
      </div>
      <fieldset className="editor-fields stack" disabled={readOnly}>
        <legend className="visually-hidden">{sequence.title}</legend>
        <Field label={t('builder.fields.title')} error={titleError}>
          {(props) => (
            <input
              {...props}
              name="title"
              value={title}
              maxLength={L.titleMax}
              onChange={(e) => {
                setTitle(e.target.value);
                const v = e.target.value.trim();
                if (v && v.length <= L.titleMax) onChange({ title: v });
              }}
            />
          )}
        </Field>
        <Field
          label={t('builder.fields.duration')}
          hint={t('builder.fields.durationHint', { min: L.sequenceMinutesMin, max: L.sequenceMinutesMax })}
          error={minutesError}
        >
          {(props) => (
            <input
              {...props}
              name="durationMinutes"
              type="number"
              inputMode="numeric"
              min={L.sequenceMinutesMin}
              max={L.sequenceMinutesMax}
              step={1}
              value={minutes}
              onChange={(e) => {
                setMinutes(e.target.value);
                const n = parseMinutes(e.target.value, L.sequenceMinutesMin, L.sequenceMinutesMax);
                if (n !== null) onChange({ durationMinutes: n });
              }}
            />
          )}
        </Field>
        <div className="field-pair">
          <Field label={t('builder.fields.group')} error={issues.group ?? null}>
            {(props) => (
              <select
                {...props}
                name="group"
                value={sequence.group.kind}
                onChange={(e) => {
                  const group = groupFormFor(e.target.value as GroupKind, sequence.group);
                  if ('size' in group) setSize(String(group.size));
                  onChange({ group });
                }}
              >
                {GROUP_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`design.groups.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {hasSize && (
            <Field
              label={t('builder.fields.groupSize')}
              error={sizeOk ? null : t('form.outOfRange', { min: L.groupSizeMin, max: L.groupSizeMax })}
            >
              {(props) => (
                <input
                  {...props}
                  name="groupSize"
                  type="number"
                  inputMode="numeric"
                  min={L.groupSizeMin}
                  max={L.groupSizeMax}
                  value={size}
                  onChange={(e) => {
                    setSize(e.target.value);
                    const n = parseMinutes(e.target.value, L.groupSizeMin, L.groupSizeMax);
                    const kind = sequence.group.kind;
                    if (n !== null && (kind === 'groups' || kind === 'tables')) {
                      onChange({ group: { kind, size: n } });
                    }
                  }}
                />
              )}
            </Field>
          )}
        </div>
        <Field label={t('builder.fields.instructions')} error={issues.instructions ?? null}>
          {(props) => (
            <textarea
              {...props}
              name="instructions"
              rows={4}
              maxLength={L.longTextMax}
              value={sequence.instructions}
              onChange={(e) => onChange({ instructions: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('builder.fields.questions')} error={issues.questions ?? null}>
          {(props) => (
            <textarea
              {...props}
              name="questions"
              rows={3}
              value={questions}
              onChange={(e) => {
                setQuestions(e.target.value);
                onChange({ questions: parseLines(e.target.value) });
              }}
            />
          )}
        </Field>
        <Field label={t('builder.fields.facilitatorNotes')} error={issues.facilitatorNotes ?? null}>
          {(props) => (
            <textarea
              {...props}
              name="facilitatorNotes"
              rows={3}
              maxLength={L.longTextMax}
              value={sequence.facilitatorNotes}
              onChange={(e) => onChange({ facilitatorNotes: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('builder.fields.roles')} error={issues.roles ?? null}>
          {(props) => (
            <textarea
              {...props}
              name="roles"
              rows={3}
              value={roles}
              onChange={(e) => {
                setRoles(e.target.value);
                onChange({ roles: parseRoles(e.target.value, sequence.roles) });
              }}
            />
          )}
        </Field>
        <Field label={t('builder.fields.materials')} error={issues.materials ?? null}>
          {(props) => (
            <textarea
              {...props}
              name="materials"
              rows={3}
              value={materials}
              onChange={(e) => {
                setMaterials(e.target.value);
                onChange({ materials: parseLines(e.target.value) });
              }}
            />
          )}
        </Field>
        <Field label={t('builder.fields.outputs')} error={issues.outputs ?? null}>
          {(props) => (
            <textarea
              {...props}
              name="outputs"
              rows={3}
              value={outputs}
              onChange={(e) => {
                setOutputs(e.target.value);
                onChange({ outputs: parseOutputs(e.target.value, sequence.outputs) });
              }}
            />
          )}
        </Field>
      </fieldset>
    </div>
  );
});
