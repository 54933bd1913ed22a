import type { ReelforgeTemplate } from '#core/templates/template-schema.js';

/** One template as the UI sees it. */
export interface TemplateEntry {
  readonly template: ReelforgeTemplate;
  /** Built-ins cannot be saved over; duplicate them first. */
  readonly builtIn: boolean;
}

export interface TemplateListing {
  readonly templates: TemplateEntry[];
  /** A user template file that does not parse: one line naming file, field and line. */
  readonly problems: string[];
}

export interface TemplateExport {
  readonly fileName: string;
  readonly content: string;
}
