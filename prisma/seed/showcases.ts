// Showcases of the demo: invented Tianjin state-owned enterprises presenting at the SOE
// digital-technology promotion event (a real event of the forum; what each company showed is
// invented, so every profile is sample data).
import type { FactoryDb } from "../factories";

export const SOE_PROMOTION_SESSION_SLUG = "tianjin-soe-digital-technology-promotion";

export type ShowcaseSpec = {
  organizationSlug: string;
  headlineEn: string;
  headlineZh: string;
  bodyEn: string;
  bodyZh: string;
  stand: string;
};

/** In the order the promotion event presents them. */
export const DEMO_SHOWCASES: readonly ShowcaseSpec[] = [
  {
    organizationSlug: "tianjin-haihe-digital-industry-group",
    headlineEn: "Industrial AI models for Tianjin's factories",
    headlineZh: "服务天津制造业的工业人工智能大模型",
    bodyEn: "A live demonstration of quality-inspection and predictive-maintenance models trained on data from forty local plants, offered to partners in SCO countries as a shared service.",
    bodyZh: "现场演示基于本地四十家工厂数据训练的质量检测与预测性维护模型，面向上合组织国家伙伴提供共享服务。",
    stand: "Exhibition hall, stand A01",
  },
  {
    organizationSlug: "tianjin-binhai-computing-power-investment-group",
    headlineEn: "One dispatch platform for Binhai's intelligent-computing centres",
    headlineZh: "滨海智算中心一体化算力调度平台",
    bodyEn: "How computing capacity in Binhai is pooled, scheduled and billed across providers, with the energy figures of each centre shown in real time.",
    bodyZh: "展示滨海新区算力资源如何跨服务商统筹、调度与计费，并实时呈现各中心能耗数据。",
    stand: "Exhibition hall, stand A02",
  },
  {
    organizationSlug: "tianjin-jinmen-intelligent-manufacturing-group",
    headlineEn: "Digital twins of a working production line",
    headlineZh: "运行中生产线的数字孪生",
    bodyEn: "A robot cell on the stand mirrored by its digital twin: change a parameter on screen and watch the line respond.",
    bodyZh: "展台上的机器人工作站与其数字孪生同步运行：在屏幕上调整参数，即可看到产线实时响应。",
    stand: "Exhibition hall, stand A03",
  },
  {
    organizationSlug: "tianjin-bohai-smart-port-technology",
    headlineEn: "Automated container terminal, from berth to rail",
    headlineZh: "从泊位到铁路的自动化集装箱码头",
    bodyEn: "Driverless trucks, remote-controlled cranes and a 5G private network: the port's operating system, and what it could do for dry ports along the Central Asian rail corridors.",
    bodyZh: "无人驾驶集卡、远程操控岸桥与5G专网：展示港口操作系统及其在中亚铁路通道沿线陆港的应用前景。",
    stand: "Exhibition hall, stand B01",
  },
  {
    organizationSlug: "tianjin-iot-industry-group",
    headlineEn: "City-scale IoT: sensors, platform and services",
    headlineZh: "城市级物联网：感知终端、平台与服务",
    bodyEn: "Two million connected sensors across Tianjin's pipes, roads and buildings, and the open platform that lets other cities reuse the same services.",
    bodyZh: "覆盖天津管网、道路和楼宇的两百万个联网传感器，以及可供其他城市复用的开放平台。",
    stand: "Exhibition hall, stand B02",
  },
];

/** Creates the demo showcases, published and linked to the SOE promotion session, in order. */
export async function createDemoShowcases(tx: FactoryDb, forumId: string, organizationIds: ReadonlyMap<string, string>, sessionIds: ReadonlyMap<string, string>): Promise<number> {
  const sessionId = sessionIds.get(SOE_PROMOTION_SESSION_SLUG);
  if (!sessionId) throw new Error(`Seed: the SOE promotion session ${SOE_PROMOTION_SESSION_SLUG} is missing`);
  let position = 0;
  for (const spec of DEMO_SHOWCASES) {
    const organizationId = organizationIds.get(spec.organizationSlug);
    if (!organizationId) throw new Error(`Seed: unknown organization ${spec.organizationSlug}`);
    position += 1;
    await tx.showcaseProfile.create({
      data: {
        forumId,
        organizationId,
        headlineEn: spec.headlineEn,
        headlineZh: spec.headlineZh,
        bodyEn: spec.bodyEn,
        bodyZh: spec.bodyZh,
        stand: spec.stand,
        published: true,
        isSample: true,
        sessions: { create: [{ sessionId, position }] },
      },
    });
  }
  return DEMO_SHOWCASES.length;
}
