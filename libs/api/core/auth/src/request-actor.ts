import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

import { type Actor, VISITOR } from './actor';

/** The request as the identity middleware leaves it. */
export interface ActorRequest extends Request {
  lgxActor?: Actor;
  /** For per-user rate limits. */
  lgxActorId?: string;
}

export function actorOf(request: ActorRequest | undefined): Actor {
  return request?.lgxActor ?? VISITOR;
}

/** The HTTP request and response behind a resolver or controller call. */
export function httpOf(context: ExecutionContext): { request: ActorRequest; response: Response } {
  if (context.getType<GqlContextType>() === 'graphql') {
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: ActorRequest;
      res: Response;
    }>();
    return { request: req, response: res };
  }
  const http = context.switchToHttp();
  return { request: http.getRequest<ActorRequest>(), response: http.getResponse<Response>() };
}

/** Injects the current Actor (a visitor when not signed in). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => actorOf(httpOf(context).request),
);

/** Injects the HTTP response (to set or clear the session cookie). */
export const CurrentResponse = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Response => httpOf(context).response,
);

/** Injects the client's address (Express's request.ip, honouring its trust proxy setting). */
export const ClientIp = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => httpOf(context).request.ip,
);
