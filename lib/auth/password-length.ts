// Password length bounds, apart from the hashing module so that schemas a browser runs can read them.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
