// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { safeAreaFor } from '#core/safe-zone.js';
import { frameSizeFor } from '#core/video-quality.js';
import { makeTimeline } from '../test-support/fixtures.js';
import { ApiProvider } from '../app/api-context.js';
import { FakeReelforgeApi } from '../test-support/fake-api.js';
import { PreviewLogo } from './PreviewLogo.js';
import { TimelinePreview } from './TimelinePreview.js';

afterEach(cleanup);

const logo = {
  path: '/data/templates/mine.files/logo.png',
  width: 300,
  height: 150,
  position: 'top-right' as const,
  imageUrl: 'data:image/png;base64,AAAA',
};

describe('PreviewLogo', () => {
  it("shows main's picture in the corner of the safe zone where the renderers draw it", () => {
    const { getByTestId } = render(<PreviewLogo style={{ logo }} aspectRatio="9:16" platform="tiktok" />);
    const img = getByTestId('preview-logo') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe(logo.imageUrl);
    const frame = frameSizeFor('standard', '9:16');
    const safe = safeAreaFor(frame, 'tiktok');
    const right = parseFloat(img.style.left) + parseFloat(img.style.width);
    expect(right).toBeCloseTo(((safe.x + safe.width) / frame.width) * 100, 1);
    expect(parseFloat(img.style.top)).toBeCloseTo((safe.y / frame.height) * 100, 1);
  });

  it('shows nothing without a logo or without a picture the page can load', () => {
    const { queryByTestId, rerender } = render(
      <PreviewLogo style={{}} aspectRatio="9:16" platform="generic" />,
    );
    expect(queryByTestId('preview-logo')).toBeNull();
    rerender(
      <PreviewLogo
        style={{ logo: { ...logo, imageUrl: undefined } }}
        aspectRatio="9:16"
        platform="generic"
      />,
    );
    expect(queryByTestId('preview-logo')).toBeNull();
  });

  it('is drawn over the timeline preview', () => {
    const timeline = makeTimeline();
    const { getByTestId } = render(
      <TimelinePreview timeline={{ ...timeline, style: { ...timeline.style, logo } }} autoPlay={false} />,
    );
    expect(getByTestId('preview-logo').getAttribute('src')).toBe(logo.imageUrl);
  });

  it('loads a logo too large for the timeline from the media server, by template id', () => {
    const api = new FakeReelforgeApi();
    const { getByTestId } = render(
      <ApiProvider api={api} appInfo={api.appInfo}>
        <PreviewLogo
          style={{ logo: { ...logo, imageUrl: undefined }, templateId: 'mine' }}
          aspectRatio="9:16"
          platform="generic"
        />
      </ApiProvider>,
    );
    expect(getByTestId('preview-logo').getAttribute('src')).toBe('/media/template/mine/logo');
  });
});
