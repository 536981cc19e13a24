// Logging a person in for the console: OAuth 2.0 authorization code with PKCE (RFC 7636) against
// the realm's issuer (the hub's embedded one, or Keycloak), as the public client named in
// /console/config.json. The access token is kept in this tab's sessionStorage only, and sent as a
// bearer token to the hub's APIs; the page never sees a password.
'use strict';

const GovHubAuth = (() => {
  const TOKEN = 'govhub.console.token';
  const PENDING = 'govhub.console.login';
  let config;

  function base64url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes)))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomString() {
    return base64url(crypto.getRandomValues(new Uint8Array(32)));
  }

  function redirectUri() {
    return location.origin + '/console/';
  }

  async function loadConfig() {
    if (!config) {
      const res = await fetch('/console/config.json', { cache: 'no-store' });
      config = await res.json();
    }
    return config;
  }

  // Step 1: off to the issuer's login page, with a fresh verifier and state kept for the way back.
  async function login() {
    const c = await loadConfig();
    const verifier = randomString();
    const state = randomString();
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
    const url = new URL(c.authorizationEndpoint, location.origin);
    url.search = new URLSearchParams({
      response_type: 'code', client_id: c.clientId, redirect_uri: redirectUri(),
      code_challenge: challenge, code_challenge_method: 'S256', state,
    }).toString();
    location.assign(url.toString());
  }

  // Step 2: back from the issuer with ?code&state: trade the code and the verifier for a token.
  async function completeLogin() {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) {
      return;
    }
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', location.pathname);
    if (params.has('error')) {
      throw new Error('the issuer refused the login: ' + params.get('error'));
    }
    if (!pending || pending.state !== params.get('state')) {
      throw new Error('login answer does not match a login started here (state); log in again');
    }
    const c = await loadConfig();
    const res = await fetch(new URL(c.tokenEndpoint, location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
        client_id: c.clientId, code_verifier: pending.verifier,
      }),
    });
    const answer = await res.json();
    if (!res.ok || !answer.access_token) {
      throw new Error('the token endpoint refused the code: ' + (answer.error || res.status));
    }
    sessionStorage.setItem(TOKEN, JSON.stringify({
      accessToken: answer.access_token,
      expiresAt: Date.now() + 1000 * (answer.expires_in || 300),
    }));
  }

  function token() {
    const t = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
    return t && t.expiresAt > Date.now() + 5000 ? t.accessToken : null;
  }

  // Who is logged in, from the token's claims: for display only; the hub checks the token itself.
  function user() {
    const t = token();
    if (!t) {
      return null;
    }
    const claims = JSON.parse(new TextDecoder().decode(
      Uint8Array.from(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), ch => ch.charCodeAt(0))));
    const roles = ((claims.realm_access || {}).roles || []).filter(r => r === 'operator' || r === 'auditor');
    return { name: claims.preferred_username || claims.sub, roles };
  }

  async function logout() {
    const c = await loadConfig();
    sessionStorage.removeItem(TOKEN);
    if (c.issuer === 'embedded') {
      // The embedded issuer's logout page (a POST with its CSRF token) ends the login session.
      location.assign(c.logoutEndpoint);
    } else {
      const url = new URL(c.logoutEndpoint);
      url.search = new URLSearchParams({ client_id: c.clientId, post_logout_redirect_uri: redirectUri() }).toString();
      location.assign(url.toString());
    }
  }

  // A call to the hub's API with the person's token; a refused or expired token means logging in again.
  async function api(path, options = {}) {
    const t = token();
    if (!t) {
      throw new LoginNeeded();
    }
    const res = await fetch(path, {
      ...options,
      headers: { ...(options.headers || {}), Authorization: 'Bearer ' + t, Accept: 'application/json, */*' },
    });
    if (res.status === 401) {
      sessionStorage.removeItem(TOKEN);
      throw new LoginNeeded();
    }
    return res;
  }

  class LoginNeeded extends Error {
    constructor() {
      super('log in to continue');
    }
  }

  return { login, completeLogin, logout, token, user, api, LoginNeeded };
})();
