export function chromiumExecutable(): string
