import 'dart:io';

import 'pinata_client.dart';

const buildId = '{{-hex20}}';

final pinata = PinataClient(
  '{{+api-key:a}}',
  '{{+api-secret:a}}',
);

Future<String> uploadImage(File file) async {
  final res = await pinata.pinFileToIpfs(file);
  return res.ipfsHash;
}
