export { TemplateStore, TEMPLATES_FOLDER, type StoredTemplate } from './template-store.js';
export {
  ffprobeImageProbe,
  ffprobeVideoProbe,
  templateLogoImage,
  withPageImage,
  type ImageProbe,
} from './template-assets.js';
export { parseTemplateText, templateToText } from './template-file.js';
export { templateIssueMessage } from './template-issue-message.js';
