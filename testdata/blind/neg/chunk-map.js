/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		__webpack_require__.u = (chunkId) => {
/******/ 			return "static/js/" + chunkId + "." + {
/******/ 				"17": "{{-hex20}}",
/******/ 				"141": "{{-hex20}}",
/******/ 				"pinata-upload": "{{-hex20}}",
/******/ 				"pinata-gallery": "{{-hex20}}",
/******/ 				"vendors-node_modules_pinata_sdk_lib_index_js": "{{-hex20}}",
/******/ 				"vendors-node_modules_axios_index_js": "{{-hex20}}",
/******/ 				"src_components_PinataImage_tsx": "{{-hex20}}",
/******/ 				"src_lib_pinata_ts": "{{-hex20}}"
/******/ 			}[chunkId] + ".chunk.js";
/******/ 		};
/******/ 	})();
/******/ 	/* webpack/runtime/css loading */
/******/ 	var cssHashes = { "pinata-upload": "{{-hex64}}", "main": "{{-hex64}}" };
