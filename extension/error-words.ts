/**
 * What went wrong, in the admin's words, for the extension's own pages (the widget words its own errors). The
 * sign-in authority's refusals (AADSTS…) are its own words and are shown as they came.
 */
import { msg, str } from '@lit/localize';
import { SignInError } from '../src/sign-in/authorization-server.js';
import { CustomerListError } from './sidepanel/customer-list.js';

function signInWords(error: SignInError): string {
  switch (error.kind) {
    case 'cancelled':
      return msg('The sign-in was closed before it finished.');
    case 'not-configured':
      return msg('Sign-in is not set up: enter the app registration\'s Client ID under "Sign-in (advanced)" in the settings.');
    case 'network':
      return msg('The sign-in authority did not answer: check "Sign-in authority" in the settings and the connection.');
    case 'discovery':
      return msg('The sign-in authority could not be used: check "Sign-in authority" and "Tenant" in the settings.');
    case 'interaction-required':
      return msg('Sign in again: the sign-in could not be renewed without you.');
    case 'refused':
      return msg(str`The sign-in authority refused: ${error.message}`);
  }
}

function customerListWords(error: CustomerListError): string {
  switch (error.kind) {
    case 'unauthorized':
      return msg('The backend did not accept the sign-in or the access token: sign in again, or enter a new token in the settings.');
    case 'forbidden':
      return msg('This account may not list customers.');
    case 'network':
      return msg('The backend did not answer: check the base URL in the settings and the connection.');
    case 'http':
      return msg(str`Listing customers failed with HTTP ${error.status ?? 0}.`);
    case 'malformed':
      return msg("The backend's customer list could not be read.");
  }
}

export function errorWords(error: unknown): string {
  if (error instanceof SignInError) return signInWords(error);
  if (error instanceof CustomerListError) return customerListWords(error);
  return error instanceof Error ? error.message : String(error);
}
