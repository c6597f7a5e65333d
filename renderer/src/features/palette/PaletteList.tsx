import { useEffect, useRef } from 'react';
import { Highlighted } from '../oneOnOnes/search/Highlighted';
import { GROUP_LABELS, groupsOf, type PaletteOption } from './options';
import { useScreenActions } from './screenActions';

interface Props {
  id: string;
  optionId: (index: number) => string;
  options: PaletteOption[];
  active: number;
  onHover: (index: number) => void;
  onChoose: (index: number) => void;
}

/**
 * The listbox of the palette's combobox: options grouped under labels (role=group), the
 * active one marked aria-selected and kept in view. Focus stays in the input throughout
 * (aria-activedescendant), so a click must not take it.
 */
export function PaletteList({ id, optionId, options, active, onHover, onChoose }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const screenTitle = useScreenActions((s) => s.title);
  useEffect(() => {
    const el = listRef.current?.querySelector(`[id="${optionId(active)}"]`);
    // jsdom has no layout, hence no scrollIntoView.
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);
  return (
    <div
      ref={listRef}
      id={id}
      role="listbox"
      aria-label="Results"
      className="palette__list"
      hidden={options.length === 0}
    >
      {groupsOf(options).map(({ group, options: members }) => (
        <div key={group} role="group" aria-labelledby={`${id}-${group}`} className="palette__group">
          <div id={`${id}-${group}`} role="presentation" className="palette__group-label">
            {group === 'screen' && screenTitle ? screenTitle : GROUP_LABELS[group]}
          </div>
          {members.map(({ option, index }) => (
            <div
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="palette__option"
              onMouseMove={() => index !== active && onHover(index)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onChoose(index)}
            >
              <span className="palette__option-label">{option.label}</span>
              {option.detail ? <span className="palette__option-detail">{option.detail}</span> : null}
              {option.snippet ? (
                <span className="palette__option-snippet">
                  <Highlighted snippet={option.snippet} />
                </span>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
