/** Over the map: how many relations were added or strengthened since the user last looked, and alerts on watched pairs. */
import { alertsStore, describeReported, recentActions, recentStore, watchActions } from '../core/live';
import { useStore } from '../core/store';

export function LiveStatus() {
  const recent = useStore(recentStore);
  const alerts = useStore(alertsStore);
  return (
    <div className="live-status">
      {alerts.map((alert, index) => (
        <p
          className="live-alert"
          role="alert"
          key={`${alert.pair.a}-${alert.pair.b}-${alert.at}`}
          data-testid="watch-alert"
        >
          <strong>
            {alert.pair.aName} – {alert.pair.bName}
          </strong>
          : {alert.from} → {alert.to}
          <button type="button" className="button small" onClick={() => watchActions.dismiss(index)}>
            Dismiss
          </button>
        </p>
      ))}
      {recent.added.size + recent.strengthened.size > 0 ? (
        <p
          className="live-recent"
          role="status"
          data-testid="live-recent"
          data-count={recent.added.size + recent.strengthened.size}
          data-added={recent.added.size}
          data-strengthened={recent.strengthened.size}
        >
          {describeReported(recent.added.size, recent.strengthened.size)} highlighted
          <button type="button" className="button small" onClick={recentActions.clear}>
            Clear
          </button>
        </p>
      ) : null}
    </div>
  );
}
