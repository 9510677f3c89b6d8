/**
 * An in-process stand-in for the Pulumi engine during `pulumi preview`: the Engine service (logs,
 * root resource) and the ResourceMonitor the Node.js SDK registers resources with, served over
 * real gRPC with the service definitions the SDK itself ships (@pulumi/pulumi/proto).
 *
 * It answers as the engine does in a preview: URNs built by the engine's rule (below), no ids
 * (nothing is created), outputs that echo the inputs plus the Azure name (the offline plan's
 * fakes, review/synth.ts, so both paths give the program the same outputs), and the offline
 * plan's fake invoke answers. Every request is kept for the test to inspect.
 */
import { createRequire } from "module";
import { performance } from "perf_hooks";
import type * as grpcTypes from "@grpc/grpc-js";
import * as engproto from "@pulumi/pulumi/proto/engine_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as resproto from "@pulumi/pulumi/proto/resource_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { FAKE_INVOKES, NAME_INPUT } from "../review/synth";
import { STACK_TYPE } from "../model/types";

// The SDK's own gRPC runtime and service definitions, resolved from @pulumi/pulumi so the server
// speaks exactly what the SDK's client expects (same @grpc/grpc-js copy).
const sdkRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
const grpc = sdkRequire("@grpc/grpc-js") as typeof grpcTypes;
const { ResourceMonitorService } = sdkRequire("./proto/resource_grpc_pb") as typeof import("@pulumi/pulumi/proto/resource_grpc_pb");
const { EngineService } = sdkRequire("./proto/engine_grpc_pb") as typeof import("@pulumi/pulumi/proto/engine_grpc_pb");

/**
 * The URN the engine gives a registration, written from pulumi/pulumi
 * `pkg/resource/deploy/deployment.go` (`generateURN`) and `sdk/go/common/resource/urn.go`
 * (`NewURN`, `URN.Type`, `URN.QualifiedType`): `urn:pulumi:<stack>::<project>::<type>::<name>`,
 * where a resource whose parent is not the root stack gets the parent's qualified type, `$`, then
 * its own type. Kept apart from review/synth.ts on purpose: this is what the offline plan is checked against.
 */
export function engineGeneratedUrn(stack: string, project: string, parentUrn: string, type: string, name: string): string {
    let qualifiedType = type;
    if (parentUrn !== "") {
        // URN: urn:pulumi:<stack>::<project>::<qualified type>::<name>; a name may itself contain "::".
        const parentQualified = parentUrn.split("::")[2];
        if (parentQualified === undefined) throw new Error(`fake engine: malformed parent URN '${parentUrn}'`);
        const parentOwnType = parentQualified.split("$").pop();
        if (parentOwnType !== STACK_TYPE) qualifiedType = `${parentQualified}$${type}`;
    }
    return `urn:pulumi:${stack}::${project}::${qualifiedType}::${name}`;
}

/**
 * Features the engine reports through SupportsFeature (pkg/resource/deploy/source_eval.go,
 * `resmon.SupportsFeature`); anything else is answered false, as an older engine would, so a
 * program that starts to need it fails here instead of passing silently.
 */
const ENGINE_FEATURES = new Set([
    "secrets",
    "resourceReferences",
    "outputValues",
    "aliasSpecs",
    "deletedWith",
    "transforms",
    "invokeTransforms",
    "parameterization",
]);

export interface Registration {
    urn: string;
    request: resproto.RegisterResourceRequest;
    /** Milliseconds since the engine's clock was started (`markStart`). */
    atMs: number;
}

export interface LogEntry {
    severity: "debug" | "info" | "warning" | "error";
    message: string;
    urn: string;
}

const SEVERITY: Record<number, LogEntry["severity"]> = {
    [engproto.LogSeverity.DEBUG]: "debug",
    [engproto.LogSeverity.INFO]: "info",
    [engproto.LogSeverity.WARNING]: "warning",
    [engproto.LogSeverity.ERROR]: "error",
};

type Callback<T> = (error: grpcTypes.ServiceError | null, value?: T) => void;
type Call<T> = { request: T };

function failure(code: grpcTypes.status, message: string): grpcTypes.ServiceError {
    return Object.assign(new Error(message), { code, details: message, metadata: new grpc.Metadata() });
}

/** Outputs of a previewed create, as the offline plan's mocks give them: the inputs, plus `name`. */
function previewOutputs(type: string, inputs: Record<string, unknown>): Record<string, unknown> {
    const nameInput = NAME_INPUT[type];
    const name = nameInput ? inputs[nameInput] : undefined;
    return typeof name === "string" ? { ...inputs, name } : inputs;
}

export class FakeEngine {
    readonly registrations: Registration[] = [];
    readonly logs: LogEntry[] = [];
    /** Outputs registered per URN (registerResourceOutputs), in wire format. */
    readonly outputs = new Map<string, Record<string, unknown>>();
    readonly invokes: string[] = [];
    /**
     * What `pulumi:pulumi:getResource` answers per URN: every resource registered here, and any a
     * test adds (a resource its "program" owns, passed by reference to a component it constructs).
     */
    readonly resources = new Map<string, { id: string; state: Record<string, unknown> }>();
    rootUrn = "";
    private startedAt = performance.now();

    private constructor(
        private readonly server: grpcTypes.Server,
        readonly address: string,
        readonly stack: string,
        readonly project: string,
    ) {}

    /** Serves the Engine and ResourceMonitor services on one loopback port. */
    static async start(project: string, stack: string): Promise<FakeEngine> {
        const server = new grpc.Server();
        const port = await new Promise<number>((resolve, reject) =>
            server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
        );
        const engine = new FakeEngine(server, `127.0.0.1:${port}`, stack, project);
        server.addService(ResourceMonitorService, engine.monitorHandlers());
        server.addService(EngineService, engine.engineHandlers());
        return engine;
    }

    /** Starts the clock that registration times are measured from (the program's launch). */
    markStart(): void {
        this.startedAt = performance.now();
    }

    stop(): Promise<void> {
        return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
    }

    private monitorHandlers(): grpcTypes.UntypedServiceImplementation {
        return {
            supportsFeature: (call: Call<resproto.SupportsFeatureRequest>, callback: Callback<resproto.SupportsFeatureResponse>) => {
                callback(null, new resproto.SupportsFeatureResponse().setHassupport(ENGINE_FEATURES.has(call.request.getId())));
            },
            registerResource: (call: Call<resproto.RegisterResourceRequest>, callback: Callback<resproto.RegisterResourceResponse>) => {
                const req = call.request;
                const urn = engineGeneratedUrn(this.stack, this.project, req.getParent(), req.getType(), req.getName());
                this.registrations.push({ urn, request: req, atMs: performance.now() - this.startedAt });
                const inputs = (req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>;
                const resp = new resproto.RegisterResourceResponse().setUrn(urn).setId("");
                const outputs = previewOutputs(req.getType(), inputs);
                this.resources.set(urn, { id: "", state: outputs });
                resp.setObject(Struct.fromJavaScript(outputs as Parameters<typeof Struct.fromJavaScript>[0]));
                callback(null, resp);
            },
            registerResourceOutputs: (call: Call<resproto.RegisterResourceOutputsRequest>, callback: Callback<Empty>) => {
                this.outputs.set(call.request.getUrn(), call.request.getOutputs()?.toJavaScript() ?? {});
                callback(null, new Empty());
            },
            invoke: (call: Call<resproto.ResourceInvokeRequest>, callback: Callback<provproto.InvokeResponse>) => {
                const token = call.request.getTok();
                this.invokes.push(token);
                if (token === "pulumi:pulumi:getResource") {
                    // The engine's built-in (pkg/resource/deploy/builtins.go, `getResource`): how an SDK
                    // rehydrates a resource reference it was given, e.g. in a component's Construct.
                    const urnArg = call.request.getArgs()?.toJavaScript().urn;
                    const urn = typeof urnArg === "string" ? urnArg : "";
                    const known = this.resources.get(urn);
                    if (!known) return callback(failure(grpc.status.NOT_FOUND, `unknown resource ${urn}`));
                    const answer = { urn, id: known.id, state: known.state };
                    return callback(null, new provproto.InvokeResponse().setReturn(Struct.fromJavaScript(answer)));
                }
                const fake = FAKE_INVOKES[token];
                if (!fake) {
                    callback(failure(grpc.status.UNIMPLEMENTED, `fake engine: no answer for invoke '${token}'; add one in review/synth.ts`));
                    return;
                }
                callback(null, new provproto.InvokeResponse().setReturn(Struct.fromJavaScript(fake() as Parameters<typeof Struct.fromJavaScript>[0])));
            },
            signalAndWaitForShutdown: (_call: Call<Empty>, callback: Callback<Empty>) => callback(null, new Empty()),
        };
    }

    private engineHandlers(): grpcTypes.UntypedServiceImplementation {
        return {
            log: (call: Call<engproto.LogRequest>, callback: Callback<Empty>) => {
                const r = call.request;
                this.logs.push({ severity: SEVERITY[r.getSeverity()] ?? "info", message: r.getMessage(), urn: r.getUrn() });
                callback(null, new Empty());
            },
            getRootResource: (_call: Call<engproto.GetRootResourceRequest>, callback: Callback<engproto.GetRootResourceResponse>) => {
                callback(null, new engproto.GetRootResourceResponse().setUrn(this.rootUrn));
            },
            setRootResource: (call: Call<engproto.SetRootResourceRequest>, callback: Callback<engproto.SetRootResourceResponse>) => {
                this.rootUrn = call.request.getUrn();
                callback(null, new engproto.SetRootResourceResponse());
            },
            requirePulumiVersion: (_call: Call<engproto.RequirePulumiVersionRequest>, callback: Callback<engproto.RequirePulumiVersionResponse>) => {
                callback(null, new engproto.RequirePulumiVersionResponse());
            },
        };
    }
}
