import { plural } from '#shared/format';
import type { Level } from '#shared/ladders/model';
import type { LadderOutline, LadderView } from '#shared/ladders/view';
import { SelectField } from '#renderer/components/InputFields';
import { NamedOptions } from '#renderer/components/LabelledOptions';
import { neighbourPairs, type LevelsShown } from './levelFocus';
import { changedVersion } from './VersionDiff';

interface LadderToolbarProps {
  ladder: LadderView;
  doc: LadderOutline;
  track: string;
  onTrack: (id: string) => void;
  levels: Level[];
  shown: LevelsShown;
  onShown: (shown: LevelsShown) => void;
  onVersion: (versionId: string | undefined) => void;
  onWhatChanged: () => void;
}

/**
 * What the matrix shows: the track, all levels or two neighbours side by side (so a narrow
 * window can compare them without scrolling), the version, and what changed in it.
 */
export function LadderToolbar({
  ladder: l,
  doc,
  track,
  onTrack,
  levels,
  shown,
  onShown,
  onVersion,
  onWhatChanged,
}: LadderToolbarProps) {
  return (
    <div className="ladder-toolbar">
      {doc.tracks.length > 1 ? (
        <SelectField label="Track" value={track} onChange={(e) => onTrack(e.target.value)}>
          <NamedOptions items={doc.tracks} />
        </SelectField>
      ) : null}
      {levels.length > 2 ? (
        <SelectField label="Levels shown" value={shown} onChange={(e) => onShown(e.target.value)}>
          <option value="all">All {levels.length} levels</option>
          {neighbourPairs(levels).map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      {l.versions.length > 1 ? (
        <>
          <SelectField
            label="Version"
            value={l.version.id}
            onChange={(e) => onVersion(e.target.value === l.currentVersionId ? undefined : e.target.value)}
          >
            {l.versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.number}
                {v.id === l.currentVersionId ? ' (current)' : ''} ·{' '}
                {v.assessments ? plural(v.assessments, 'assessment') : 'no assessments'}
              </option>
            ))}
          </SelectField>
          <button type="button" className="button" onClick={onWhatChanged}>
            What changed in version {changedVersion(l).number}
          </button>
        </>
      ) : null}
    </div>
  );
}
