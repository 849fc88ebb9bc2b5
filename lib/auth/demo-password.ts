// The demo accounts' password, published in the README: the seed sets it, and the password
// check refuses it as anyone's new password.
export const DEMO_PASSWORD = 'crosscheck-demo';
