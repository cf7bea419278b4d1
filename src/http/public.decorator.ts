import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a route that needs no bearer token; every other route is denied without one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
