export declare function parseBasePath(value: string | undefined): string
