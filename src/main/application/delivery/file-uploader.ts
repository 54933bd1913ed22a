/** One file to copy to the delivery target. */
export interface UploadRequest {
  /** The local file. */
  readonly path: string;
  /** Its name at the target (before any configured prefix). */
  readonly fileName: string;
  readonly contentType: string;
}

/** Where finished renders are copied (an S3-compatible bucket); infrastructure implements it. */
export interface FileUploader {
  /** Uploads the file and returns the URL it can be fetched from. */
  upload(request: UploadRequest, signal: AbortSignal): Promise<string>;
  close(): void;
}
