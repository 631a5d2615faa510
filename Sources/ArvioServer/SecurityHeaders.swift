import HTTPTypes
import Hummingbird
import Logging

/// The headers every response carries, whatever answered (a page, an error, a 404): a strict content security policy
/// (scripts only from the site itself; the pages' own `<style>` blocks by hash), no sniffing, no framing, no referrer
/// to other sites; HSTS when the public address is https.
package struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    package let policy: @Sendable () async -> String
    package let https: Bool

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // Anything else is the server's fault: logged for the operator, and a plain page for the reader that says
            // nothing about the inside.
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            response = Response(
                status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: request.uri.queryParameters["lang"] == "en" || request.uri.path.hasPrefix("/en/")
                            ? "The service failed. Please try again later.\n"
                            : "Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen.\n")))
        }
        // A self-contained document the app builds (a round's report) names the policy of its own style blocks.
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = await policy() }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.crossOriginOpenerPolicy] = "same-origin"
        response.headers[.permissionsPolicy] = "camera=(), microphone=(), geolocation=()"
        if https { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}

/// Nothing that changes state may come from another site: a request other than GET or HEAD whose `Sec-Fetch-Site`
/// says it is cross-site (or from a sibling site) is refused before any handler sees it.
package struct SameOriginWrites<Context: RequestContext>: RouterMiddleware {
    package init() {}

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if request.method != .get, request.method != .head, let site = request.headers[.secFetchSite],
            site != "same-origin", site != "none"
        {
            throw HTTPError(.forbidden)
        }
        return try await next(request, context)
    }
}
