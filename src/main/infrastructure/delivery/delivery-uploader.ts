import type { ConfigManager } from '#core/config.js';
import type { FileUploader } from '../../application/delivery/file-uploader.js';
import { S3Uploader } from './s3-uploader.js';

/**
 * The uploader for the delivery target in config as it is now (settings can change while the app
 * runs): one S3 client per distinct `delivery.s3`, none when it is absent. A target that cannot be
 * used (no keys) throws, which the delivery records as that attempt's error.
 */
export function deliveryUploader(config: ConfigManager): () => FileUploader | undefined {
  let current: { key: string; uploader: FileUploader } | undefined;
  return () => {
    const s3 = config.get().delivery?.s3;
    if (!s3) return undefined;
    const key = JSON.stringify(s3);
    if (current?.key !== key) {
      current?.uploader.close();
      current = { key, uploader: new S3Uploader(s3) };
    }
    return current.uploader;
  };
}
