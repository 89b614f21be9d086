import pkg from '../package.json' with { type: 'json' };

/** The app's version, from package.json, shown in "Om Samkart" and written nowhere else. */
export const appVersion: string = pkg.version;
