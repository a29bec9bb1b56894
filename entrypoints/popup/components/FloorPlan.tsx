import { useEffect, useState } from 'preact/hooks';
import type { Unit } from '@/lib/catalog/model';
import { isWebLink } from '@/lib/format';
import { t } from '@/lib/i18n';

/** The picture that shows a unit's layout: its floor plan (the model's, `layoutUrl`, the
 * gallery's), else its first photo; http(s) only, as normalisation kept them. */
export function floorPlanUrl(unit: Pick<Unit, 'layoutUrl' | 'images'>): string | null {
  return [unit.layoutUrl, ...unit.images].find(isWebLink) ?? null;
}

interface Props {
  unit: Unit;
  onOpen: (url: string) => void;
}

/**
 * The floor plan at a glance, in a box of fixed size so nothing moves when it arrives: loaded
 * lazily, a line while it loads and when it cannot be shown; a click opens it full size in a tab.
 * A plain image request: no token or other credential goes with it.
 */
export function FloorPlan({ unit, onOpen }: Props) {
  const url = floorPlanUrl(unit);
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');
  useEffect(() => setState('loading'), [url]);
  if (!url) return null;
  const label = t('detail.floorPlanOf', [unit.number]);
  // The line sits beside the button, not in it: the button's name is the plan's, and text
  // inside a named button would be words a voice-control user sees but cannot say.
  return (
    <div class={`floor-plan floor-plan-${state}`}>
      <button
        type="button"
        class="floor-plan-open"
        title={t('detail.openFloorPlan')}
        aria-label={`${label}. ${t('detail.openFloorPlan')}`}
        onClick={() => onOpen(url)}
      >
        <img
          src={url}
          alt={label}
          loading="lazy"
          decoding="async"
          referrerpolicy="no-referrer"
          onLoad={() => setState('shown')}
          onError={() => setState('failed')}
        />
      </button>
      {state === 'shown' ? null : (
        <span class="floor-plan-note">
          {state === 'loading' ? t('detail.floorPlanLoading') : t('detail.floorPlanFailed')}
        </span>
      )}
    </div>
  );
}
