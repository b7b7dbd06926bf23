/** A random secret to hand out (cookie, participant token, invitation link). */
export declare const newSecret: (bytes?: number) => string;
/** What we store instead of the secret. */
export declare const hashSecret: (secret: string) => string;
export declare function safeEqual(a: string, b: string): boolean;
