import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  define: {
    "import.meta.env.VITE_PINATA_JWT": JSON.stringify("{{+jwt}}"),
    "import.meta.env.VITE_PINATA_API_KEY": JSON.stringify("{{+api-key}}"),
    __COMMIT__: JSON.stringify("6b8581d0f73e2343cd4f6e28a2500f9d77dbc6c0"),
  },
  build: { sourcemap: false },
});
