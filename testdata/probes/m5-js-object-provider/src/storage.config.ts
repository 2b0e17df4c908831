import type { StorageConfig } from "./types";

export const storage: StorageConfig = {
  default: "ipfs",
  disks: {
    local: { root: "./uploads" },
    ipfs: {
      provider: "pinata",
      cidVersion: 1,
      gateway: "https://ipfs.example.org",
      timeoutMs: 60_000,
      auth: {
        key: "{{+api-key:a}}",
        secret: "{{+api-secret:a}}",
      },
    },
  },
};
