// Fields of a server's lease that the seed and the handlers fill alike. Plain data.

/** The resource-service id of 主机 (servers), the `serUuid` of a server's lease (004:L10462). */
export const SERVER_SERVICE_ID = '17037211-2c0c-4703-98e8-81d0202a46e7';

/** The e-mail shown on a lease: the documents' example has `admin@test.com` for admin. */
export const leaseEmail = (userName: string) => `${userName}@test.com`;
