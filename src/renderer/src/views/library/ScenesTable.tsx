import type { VideoTimeline } from '#shared/api-types.js';

/** Every scene with its timing, as every provider will lay it out. */
export function ScenesTable({ timeline }: { timeline: VideoTimeline }) {
  return (
    <div className="table-scroll">
      <table className="scenes" aria-label="Scenes">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Role</th>
            <th scope="col">Text</th>
            <th scope="col">Start</th>
            <th scope="col">Length</th>
            <th scope="col">In</th>
          </tr>
        </thead>
        <tbody>
          {timeline.scenes.map((scene) => (
            <tr key={scene.index} data-testid="scene-row">
              <td>{scene.index + 1}</td>
              <td>{scene.role === 'point' ? `point ${scene.pointNumber ?? ''}` : scene.role}</td>
              <td className="scene-text">{scene.text}</td>
              <td>{scene.startSeconds.toFixed(2)} s</td>
              <td>{scene.durationSeconds.toFixed(2)} s</td>
              <td>
                {scene.transitionIn
                  ? `${scene.transitionIn.kind} ${scene.transitionIn.durationSeconds} s`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>Total</td>
            <td colSpan={2}>
              {timeline.durationSeconds.toFixed(2)} s at {timeline.fps} fps
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
