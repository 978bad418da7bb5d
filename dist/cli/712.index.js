export const id = 712;
export const ids = [712];
export const modules = {

/***/ 58712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28009);
/* harmony import */ var _verify_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19820);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89835);
/* harmony import */ var _artifact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58431);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94709);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65158);
/* harmony import */ var _verification_flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70529);







const SPEC = {
    name: 'verify',
    usage: 'verify <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> (--key <cosign.pub> | ' +
        '--certificate-identity[-regexp] <v> --certificate-oidc-issuer[-regexp] <v> [--trusted-root <file>])',
    description: [
        "Verifies the artifact's cosign signatures as Flux's OCIRepository (provider: cosign) does.",
        'Flux ≥ 2.8 and cosign v3 read the Sigstore bundles among its referrers, and the legacy',
        '`.sig` tag only when there is no bundle; Flux < 2.8 and cosign v2 read the `.sig` tag only.',
        'Both verdicts are printed; the exit status follows the first unless --legacy is given.',
        'When the verdict is negative, every signature found is listed (format, identity and issuer',
        'or key, and why it did not verify) with the verify: block that would match them.',
    ].join('\n'),
    positionals: ['<url>'],
    flags: [
        ..._verification_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .VERIFICATION_FLAGS */ .AE,
        {
            name: 'legacy',
            type: 'boolean',
            description: 'Let the verdict of Flux < 2.8 and cosign v2 (the .sig tag only) decide.',
        },
        _command_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT_FORMAT_FLAG */ .Hb,
        ..._repository_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_FLAGS */ .sY,
    ],
    negative: 'not verified',
};
function run(argv) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d1)(SPEC, argv, async ({ args, values, log }) => {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .outputFormat */ .B$)(values);
        const policy = await (0,_verification_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .verificationPolicy */ .WG)(values, log);
        const decidedBy = values.legacy ? 'legacy' : 'flux';
        const { repository, manifest, name } = await (0,_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveArtifact */ .B)(args[0], {
            values,
            log,
        });
        const report = await (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyArtifact */ .oc)(repository, manifest.digest, policy, decidedBy);
        process.stdout.write(format === 'json'
            ? `${JSON.stringify((0,_verify_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportJSON */ .f)(report, name, decidedBy))}\n`
            : `${(0,_verify_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportText */ .U)(report, name, decidedBy)}\n`);
        return report.verdicts[decidedBy].verified ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok : _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.negative;
    });
}


/***/ })

};
