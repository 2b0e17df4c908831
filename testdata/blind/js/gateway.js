const GATEWAY = 'https://lavender-gentle-primate-223.mypinata.cloud';
const TOKEN = '{{+gateway-token}}';

export const toUrl = (cid) =>
  `${GATEWAY}/ipfs/${cid}?pinataGatewayToken=${TOKEN}`;

export const example = `${GATEWAY}/ipfs/bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly?pinataGatewayToken={{+gateway-token}}&img-width=400`;
