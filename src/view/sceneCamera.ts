// Where a new scene points the camera: a camera the scene names wins over fitting; otherwise a new
// focus or a new path is fitted. GraphView.setScene calls it last, after the scene is applied.
import { roundCamera, type Camera } from "../state";
import type { Scene } from "./scene";

/** The camera moves GraphView offers (see there). */
export interface SceneCamera {
  centreCamera(): Camera;
  showCamera(camera: Camera): void;
  fit(elementIds?: readonly string[]): void;
}

export function pointCamera(view: SceneCamera, scene: Scene, last: Scene | undefined): void {
  if (
    scene.camera &&
    (!last || (scene.camera !== last.camera && !sameCamera(scene.camera, roundCamera(view.centreCamera()))))
  ) {
    view.showCamera(scene.camera);
    return;
  }
  if (scene.fitKey !== undefined && scene.fitKey !== last?.fitKey) view.fit([...scene.visible.actors]);
  // After the scene's visibility (setScene applies it first): the path's actors are drawn, so they can be fitted.
  if (scene.path && scene.path !== last?.path && scene.path.actors.size > 0) view.fit([...scene.path.actors]);
}

const sameCamera = (a: Camera, b: Camera) => a.zoom === b.zoom && a.x === b.x && a.y === b.y;
