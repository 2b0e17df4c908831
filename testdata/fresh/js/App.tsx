// React Native (Expo) — mobile minting app
import React from "react";
import { Button, View } from "react-native";
import * as ImagePicker from "expo-image-picker";

const PINATA_HEADERS = {
  Authorization:
    "Bearer {{+jwt}}",
};
const WALLETCONNECT_PROJECT_ID = "{{-hex20}}";

export default function App() {
  const pick = async () => {
    const r = await ImagePicker.launchImageLibraryAsync();
    if (r.canceled) return;
    const form = new FormData();
    form.append("file", { uri: r.assets[0].uri, name: "photo.jpg", type: "image/jpeg" } as any);
    await fetch("https://api.pinata.cloud/pinning/pinFileToIPFS", { method: "POST", headers: PINATA_HEADERS, body: form });
  };
  return <View><Button title="Upload" onPress={pick} /></View>;
}
