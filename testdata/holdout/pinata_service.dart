import 'package:dio/dio.dart';

class PinataService {
  static const _jwt = '{{+jwt}}';
  static const gatewayToken = '{{+gateway-token}}';

  final Dio _dio = Dio(BaseOptions(
    baseUrl: 'https://api.pinata.cloud',
    headers: {'Authorization': 'Bearer $_jwt'},
  ));

  String gatewayUrl(String cid) =>
      'https://lime-calm-fox-12.mypinata.cloud/ipfs/$cid?pinataGatewayToken=$gatewayToken';
}

// google-services build id
const kBuildFingerprint = '{{-hex64}}';
