#!/usr/bin/env node
/**
 * HTTPS certificates for the dev server on https://localhost:3000.
 *
 *   npm run certs                      generate and trust (node scripts/certs.js install)
 *   node scripts/certs.js status       show where the files are, expiry, and how to trust them
 *
 * Windows and macOS: office-addin-dev-certs generates a CA plus a localhost certificate in
 * ~/.office-addin-dev-certs and installs the CA in the user's certificate store (Windows asks for
 * confirmation; macOS asks for the login-keychain password), exactly as Microsoft's templates do.
 *
 * Linux: the files come from the same package's generator (mkcert/node-forge); its CA install
 * (`sudo update-ca-certificates`) needs sudo and, even when it works, does not reach Chromium or
 * Firefox, which keep their own NSS store. So we try it, and always print the manual steps: import
 * the CA into NSS with certutil, or start Chromium with an SPKI pin.
 *
 * The dev server (webpack.config.js) calls getHttpsOptions(): it never runs sudo on Linux; it
 * reuses valid files or generates new ones.
 */
"use strict";

// Before office-addin-dev-certs is loaded: no usage data from any office-addin-* package.
process.env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = "true";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CA_PATH = path.join(CERT_DIR, "ca.crt");
const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
const KEY_PATH = path.join(CERT_DIR, "localhost.key");
/** Regenerate when fewer than this many days remain. */
const MIN_DAYS_LEFT = 1;

function devCerts() {
  return require("office-addin-dev-certs");
}

/** The three PEM files if present, mutually consistent and not about to expire; else null. */
function readValidCertificates() {
  try {
    const ca = fs.readFileSync(CA_PATH);
    const cert = fs.readFileSync(CERT_PATH);
    const key = fs.readFileSync(KEY_PATH);
    const x509 = new crypto.X509Certificate(cert);
    const caX509 = new crypto.X509Certificate(ca);
    const soon = Date.now() + MIN_DAYS_LEFT * 24 * 3600 * 1000;
    if (new Date(x509.validTo).getTime() < soon) return null;
    if (new Date(caX509.validTo).getTime() < soon) return null;
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    if (!x509.checkIssued(caX509)) return null;
    if (!x509.checkHost("localhost")) return null;
    return { ca, cert, key };
  } catch {
    return null;
  }
}

/** Generates a fresh CA and localhost certificate with office-addin-dev-certs' generator. */
async function generateOnly() {
  // The generator does not overwrite an existing ca.crt; remove stale files first.
  for (const file of [CA_PATH, CERT_PATH, KEY_PATH]) fs.rmSync(file, { force: true });
  await devCerts().generateCertificates(CA_PATH, CERT_PATH, KEY_PATH);
  if (process.platform !== "win32") fs.chmodSync(KEY_PATH, 0o600);
  const certs = readValidCertificates();
  if (!certs) throw new Error(`Generated certificates in ${CERT_DIR} are not usable.`);
  return certs;
}

/** Base64 SHA-256 of the certificate's SubjectPublicKeyInfo, for Chromium's SPKI allow-list. */
function spkiHash(certPem) {
  const der = crypto.createPublicKey(certPem).export({ type: "spki", format: "der" });
  return crypto.createHash("sha256").update(der).digest("base64");
}

function linuxTrustInstructions(certs) {
  const spki = spkiHash(certs.cert);
  return [
    "",
    "Linux: the certificate files are ready, but browsers do not trust them yet. Either",
    "",
    "  1. Trust the CA in your user's NSS store (Chromium, Chrome, Edge; needs libnss3-tools):",
    `       certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Developer CA for Microsoft Office Add-ins" -i ${CA_PATH}`,
    "     Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities >",
    `     Import ${CA_PATH} and tick "Trust this CA to identify websites".`,
    "     System-wide (curl, Node):",
    `       sudo cp ${CA_PATH} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    "",
    "  2. Or start Chromium with this certificate pinned (a separate profile is required):",
    `       chromium --user-data-dir=$HOME/.cache/gs-chromium --ignore-certificate-errors-spki-list=${spki}`,
    "     (the pin changes whenever the certificate is regenerated; rerun `npm run certs` to see it)",
    "",
  ].join("\n");
}

/**
 * HTTPS options for webpack-dev-server. Windows/macOS: the template's behaviour (ensure the CA
 * is installed, generating if needed). Linux: reuse valid files or generate them, never sudo.
 */
async function getHttpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const options = await devCerts().getHttpsServerOptions();
      return { ca: options.ca, cert: options.cert, key: options.key };
    } catch (err) {
      console.warn(`office-addin-dev-certs could not install the CA (${firstLine(err)}).`);
      console.warn("Serving with an untrusted certificate; run `npm run certs` to fix.");
    }
  }
  let certs = readValidCertificates();
  if (!certs) {
    certs = await generateOnly();
    console.log(`Generated a localhost certificate in ${CERT_DIR}.`);
    if (process.platform === "linux") console.log(linuxTrustInstructions(certs));
  }
  return { ca: certs.ca, cert: certs.cert, key: certs.key };
}

/**
 * `npm run certs`. Windows/macOS: office-addin-dev-certs generates and installs (falls back to
 * generate-only if the install fails). Linux: keep valid files (so the SPKI pin stays stable), try
 * the package's system-store install, and always print the browser steps, which it cannot do.
 */
async function install() {
  if (process.platform === "linux") {
    let certs = readValidCertificates();
    if (!certs) {
      certs = await generateOnly();
      console.log(`Generated a CA and a localhost certificate in ${CERT_DIR}.`);
    }
    try {
      await devCerts().installCaCertificate(CA_PATH);
    } catch (err) {
      console.warn(`Could not add the CA to the system store: ${firstLine(err)}`);
    }
    console.log(linuxTrustInstructions(certs));
    status(certs);
    return;
  }
  let installed = false;
  try {
    await devCerts().ensureCertificatesAreInstalled();
    installed = true;
  } catch (err) {
    console.warn(`office-addin-dev-certs could not install the CA: ${firstLine(err)}`);
  }
  let certs = readValidCertificates();
  if (!certs) {
    certs = await generateOnly();
    console.log(`Generated a CA and a localhost certificate in ${CERT_DIR}.`);
  }
  if (!installed) {
    console.log(
      `Trust ${CA_PATH} manually (Windows: certmgr.msc > Trusted Root Certification Authorities >` +
        " Import; macOS: Keychain Access > login > import, then set it to Always Trust)."
    );
  }
  status(certs);
}

function status(certs = readValidCertificates()) {
  if (!certs) {
    console.log(`No valid certificate in ${CERT_DIR}. Run \`npm run certs\`.`);
    return;
  }
  const x509 = new crypto.X509Certificate(certs.cert);
  console.log(`CA:          ${CA_PATH}`);
  console.log(`Certificate: ${CERT_PATH} (${x509.subjectAltName ?? "no SAN"})`);
  console.log(`Key:         ${KEY_PATH}`);
  console.log(`Expires:     ${x509.validTo}`);
  console.log(`SPKI pin:    ${spkiHash(certs.cert)}`);
}

function firstLine(err) {
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\r?\n/).find((line) => line.trim() !== "") ?? text;
}

module.exports = { getHttpsOptions, readValidCertificates, spkiHash, CERT_DIR };

if (require.main === module) {
  const command = process.argv[2] ?? "install";
  const run = { install, status: async () => status() }[command];
  if (!run) {
    console.error("usage: node scripts/certs.js [install|status]");
    process.exit(2);
  }
  run().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
