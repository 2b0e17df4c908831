import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  define: {
    "import.meta.env.VITE_PINATA_JWT": JSON.stringify(process.env.VITE_PINATA_JWT ?? "{{+jwt}}"),
    "import.meta.env.VITE_PINATA_GATEWAY_KEY": JSON.stringify("{{+gateway-token}}"),
    __COMMIT__: JSON.stringify("{{-hex20}}"),
  },
});
