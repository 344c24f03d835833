/** Version of the JSON output's shape; bumped when a field changes meaning or is removed. */
export const SCHEMA_VERSION = 3;
