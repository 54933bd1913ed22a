export { TemplateStore, TEMPLATES_FOLDER, type StoredTemplate } from './template-store.js';
export { parseTemplateText, templateToText } from './template-file.js';
