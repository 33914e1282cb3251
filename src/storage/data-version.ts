// Version of everything RoleLens stores for the user (settings, corrections, catalogue) and of
// its export files. Bump it together with a new step file in ./migrations.
export const DATA_VERSION = 3;
