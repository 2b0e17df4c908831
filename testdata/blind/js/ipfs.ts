/*
 * Pinata keys for the drop (created 2024-03-11, admin)
 *
 * API Key: {{+api-key:a}}
 * API Secret: {{+api-secret:a}}
 * JWT: {{+jwt:a}}
 */
import axios from "axios";

export const pinataAxios = axios.create({
  baseURL: "https://api.pinata.cloud",
  headers: { Authorization: `Bearer ${process.env.PINATA_JWT}` },
});
