import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ScriptValidationError } from '#core/errors.js';
import type {
  TemplateAssets,
  TemplateBackgroundMedia,
  TemplateFontFile,
  TemplateLogoImage,
} from '#core/templates/template-logo.js';
import { isExecutableFile } from '../providers/executables.js';
import { discoverBinaries } from '../providers/ffmpeg/binary-discovery.js';
import { pictureMimeType } from '#core/picture-types.js';

/** The size of an image file, or a reason it is not an image (what ffprobe says). */
export type ImageProbe = (path: string) => { width: number; height: number } | { problem: string };

/** Codecs of still pictures: a video file is not a logo even though ffprobe reads it. */
const IMAGE_CODECS = new Set(['png', 'mjpeg', 'jpeg2000', 'webp', 'gif', 'bmp', 'tiff']);

interface ProbedImage {
  readonly streams?: readonly { readonly codec_name?: string }[];
  readonly frames?: readonly { readonly width?: number; readonly height?: number }[];
}

/** An ImageProbe running ffprobe as the FFmpeg provider finds it (its binary_path, FFMPEG_PATH, PATH). */
export function ffprobeImageProbe(
  ffmpegBinaryPath: () => string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ImageProbe {
  return (path) => {
    const found = discoverBinaries({
      binaryPath: ffmpegBinaryPath(),
      env,
      isExecutable: isExecutableFile,
    });
    if (!found.found) return { problem: `cannot check the image: ${found.reason}` };
    // The first frame is decoded: a text file named logo.png has a "png" stream but no picture.
    const run = spawnSync(
      found.binaries.ffprobePath,
      [
        ...['-v', 'error', '-select_streams', 'v:0', '-read_intervals', '%+#1'],
        ...['-show_entries', 'stream=codec_name:frame=width,height', '-of', 'json', path],
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    let probed: ProbedImage = {};
    try {
      probed = JSON.parse(run.stdout) as ProbedImage;
    } catch {
      // Not JSON: reported below as not an image.
    }
    const codec = probed.streams?.[0]?.codec_name;
    const frame = probed.frames?.[0];
    if (run.status !== 0 || !codec || !IMAGE_CODECS.has(codec) || !(frame?.width && frame.height)) {
      return { problem: 'not an image ffprobe can read (PNG, JPEG, WebP, GIF, BMP or TIFF)' };
    }
    return { width: frame.width, height: frame.height };
  };
}

/**
 * The file a template field names, relative to the template's folder: refused (a
 * ScriptValidationError naming the template file and the field) when it is absolute, leaves the
 * folder (`..`, or a link pointing out of it) or does not exist.
 */
export function templateFilePath(folder: string, name: string, templateFile: string, field: string): string {
  const fail = (message: string): never => {
    throw new ScriptValidationError({ file: templateFile, field, message });
  };
  const inside = (root: string, path: string) => {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  };
  if (isAbsolute(name) || /^[a-zA-Z]:[\\/]/.test(name)) {
    fail(`"${name}" must be a path relative to the template's folder`);
  }
  const path = resolve(folder, name);
  if (!inside(resolve(folder), path)) fail(`"${name}" leaves the template's folder (${folder})`);
  if (!existsSync(path) || !statSync(path).isFile()) fail(`file not found: ${path}`);
  // A link inside the folder must not lead out of it either.
  if (!inside(realpathSync(folder), realpathSync(path)))
    fail(`"${name}" leaves the template's folder (${folder})`);
  return path;
}

/** The logo image a template names: inside its folder and an image ffprobe reads. */
export function templateLogoImage(
  templateFile: string,
  logoFile: string,
  probe: ImageProbe,
  folder: string = dirname(templateFile),
): TemplateLogoImage {
  const path = templateFilePath(folder, logoFile, templateFile, 'logo.file');
  const size = probe(path);
  if ('problem' in size) {
    throw new ScriptValidationError({
      file: templateFile,
      field: 'logo.file',
      message: `${logoFile}: ${size.problem}`,
    });
  }
  return { path, width: size.width, height: size.height };
}

/** Logos larger than this are not sent to the page (the renders still draw them). */
export const PAGE_LOGO_MAX_BYTES = 1024 * 1024;

/**
 * The assets with the logo's picture as a `data:` URL, for timelines the page shows (it reads no
 * files). Only the logo the store resolved and checked is read; a large one is left out.
 */
export function withPageImage(assets: TemplateAssets): TemplateAssets {
  const { logo, background } = assets;
  return {
    // Font files stay paths: the page loads them from the media server by template id.
    ...assets,
    ...(logo ? { logo: { ...logo, ...pageImage(logo.path) } } : {}),
    ...(background
      ? {
          background:
            background.kind === 'image' ? { ...background, ...pageImage(background.path) } : background,
        }
      : {}),
  };
}

function pageImage(path: string): { imageUrl?: string } {
  const imageUrl = pageImageUrl(path);
  return imageUrl ? { imageUrl } : {};
}

/** A picture file as a `data:` URL for the page; undefined when larger than PAGE_LOGO_MAX_BYTES. */
function pageImageUrl(path: string): string | undefined {
  if (statSync(path).size > PAGE_LOGO_MAX_BYTES) return undefined;
  const type = pictureMimeType(extname(path).toLowerCase()) ?? 'image/png';
  return `data:${type};base64,${readFileSync(path).toString('base64')}`;
}

/** The length of a video file, or a reason it is not one ffprobe decodes. */
export type VideoProbe = (path: string) => { durationSeconds: number } | { problem: string };

/** A VideoProbe running ffprobe as the FFmpeg provider finds it. */
export function ffprobeVideoProbe(
  ffmpegBinaryPath: () => string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): VideoProbe {
  return (path) => {
    const found = discoverBinaries({ binaryPath: ffmpegBinaryPath(), env, isExecutable: isExecutableFile });
    if (!found.found) return { problem: `cannot check the video: ${found.reason}` };
    const run = spawnSync(
      found.binaries.ffprobePath,
      [
        ...['-v', 'error', '-select_streams', 'v:0', '-read_intervals', '%+#1'],
        ...['-show_entries', 'stream=codec_name:format=duration:frame=width', '-of', 'json', path],
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    let probed: ProbedImage & { format?: { duration?: string } } = {};
    try {
      probed = JSON.parse(run.stdout) as typeof probed;
    } catch {
      // Not JSON: reported below.
    }
    const codec = probed.streams?.[0]?.codec_name;
    const duration = Number(probed.format?.duration);
    if (
      run.status !== 0 ||
      !codec ||
      IMAGE_CODECS.has(codec) ||
      !probed.frames?.[0]?.width ||
      !(duration > 0)
    ) {
      return { problem: 'not a video ffprobe can play (a video stream with a duration)' };
    }
    return { durationSeconds: duration };
  };
}

/** The picture or video a template's background names: inside its folder, and decodable. */
export function templateBackgroundMedia(
  templateFile: string,
  kind: 'image' | 'video',
  file: string,
  probes: { readonly image: ImageProbe; readonly video: VideoProbe },
  folder: string = dirname(templateFile),
): TemplateBackgroundMedia {
  const path = templateFilePath(folder, file, templateFile, 'background.file');
  const probed = kind === 'image' ? probes.image(path) : probes.video(path);
  if ('problem' in probed) {
    throw new ScriptValidationError({
      file: templateFile,
      field: 'background.file',
      message: `${file}: ${probed.problem}`,
    });
  }
  return { kind, path, ...('durationSeconds' in probed ? { durationSeconds: probed.durationSeconds } : {}) };
}

/** TrueType and OpenType files start with one of these four bytes. */
const FONT_SIGNATURES = ['00010000', '4f54544f', '74727565', '74797031'];

/** The font files a template names: inside its folder, each a TrueType or OpenType file. */
export function templateFontFiles(
  templateFile: string,
  files: readonly { readonly family: string; readonly file: string }[],
  folder: string = dirname(templateFile),
): TemplateFontFile[] {
  return files.map(({ family, file }, index) => {
    const field = `fonts.files[${index}].file`;
    const path = templateFilePath(folder, file, templateFile, field);
    const head = Buffer.alloc(4);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
    if (!FONT_SIGNATURES.includes(head.toString('hex'))) {
      throw new ScriptValidationError({
        file: templateFile,
        field,
        message: `${file}: not a TrueType or OpenType font`,
      });
    }
    return { family, path };
  });
}

/**
 * The music file a template names: inside its folder. Not probed: like a script's music, a file
 * the renderers cannot decode fails the render, naming it.
 */
export function templateMusicFile(
  templateFile: string,
  musicFile: string,
  folder: string = dirname(templateFile),
): { path: string } {
  return { path: templateFilePath(folder, musicFile, templateFile, 'music.file') };
}
