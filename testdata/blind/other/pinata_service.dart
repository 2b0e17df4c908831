import 'package:dio/dio.dart';

final dio = Dio(BaseOptions(
  baseUrl: 'https://api.pinata.cloud',
  headers: {
    'pinata_api_key': '{{+api-key:d}}',
    'pinata_secret_api_key': '{{+api-secret:d}}',
  },
));
const firebaseAppCheckDebugToken = '{{-token64}}';
