export declare const MODULE_PATH_SUFFIX: '?modulePath'
/** Writes the script that runs the source file `entry` and returns its path. */
export declare function writeModuleScript(root: string, entry: string): string
